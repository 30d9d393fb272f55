package dev.balancelab.ui;

import static dev.balancelab.ui.Fx.await;
import static dev.balancelab.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.Topology;
import dev.balancelab.ui.common.HealthStyles;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A VIP pair on the canvas (issue 14): the VIP badge stands on the MASTER; killing the MASTER from its card's menu
 * greys it (FAULT), and after the master-down interval the badge stands on the BACKUP, now MASTER.
 */
class BalancerTierViewTest extends LabWindowTest {
    @Override
    Topology topology() {
        return TierTopologies.vipPair(FAST_HEALTH, 200);
    }

    @Test
    void killingTheMasterFromItsCardMovesTheVipBadgeToTheBackup(FxRobot robot) throws Exception {
        assertTrue(Fx.text(robot, "#balancer-state-lb1").startsWith("MASTER"));
        assertTrue(Fx.text(robot, "#balancer-state-lb2").startsWith("BACKUP"));
        assertEquals("VIP " + TierTopologies.VIP, Fx.text(robot, "#vipBadge"));
        assertTrue(badgeOn(robot, "lb1"), "the VIP starts on the highest priority");

        robot.clickOn("#startPause");
        robot.clickOn("#fail-lb1");
        robot.clickOn("#kill-lb1");

        await(() -> fx(() ->
                robot.lookup("#balancer-lb1").query().getPseudoClassStates().contains(HealthStyles.DEAD)));
        await(() -> Fx.text(robot, "#balancer-state-lb1").startsWith("FAULT"));
        await(() -> Fx.text(robot, "#balancer-state-lb2").startsWith("MASTER"));
        await(() -> badgeOn(robot, "lb2"));
        assertTrue(fx(() -> robot.lookup("#vipBadge").query().isVisible()));

        robot.clickOn("#fail-lb1");
        robot.clickOn("#revive-lb1");
        await(() -> Fx.text(robot, "#balancer-state-lb1").startsWith("MASTER")); // preempt: it takes the VIP back
        await(() -> badgeOn(robot, "lb1"));
    }

    @Test
    void onAChipTheBadgeSaysVipAboveTheChipAndLeavesItsNameFree(FxRobot robot) throws Exception {
        // presentation mode with the side panel widened as far as it goes: the balancers become chips
        robot.press(KeyCode.F5).release(KeyCode.F5);
        await(() -> stage.isFullScreen());
        Fx.run(() -> ((SplitPane) stage.getScene().getRoot().lookup("#content")).setDividerPositions(0));
        await(() -> Fx.text(robot, "#vipBadge").equals("VIP"));
        fx(() -> {
            Node badge = robot.lookup("#vipBadge").query();
            Node card = robot.lookup("#balancer-lb1").query();
            Bounds onScreen = badge.localToScene(badge.getLayoutBounds());
            Bounds name = card.lookup(".card-title")
                    .localToScene(card.lookup(".card-title").getLayoutBounds());
            assertFalse(onScreen.intersects(name), "the badge " + onScreen + " covers the chip's name " + name);
            Bounds chip = card.localToScene(card.getLayoutBounds());
            assertTrue(Math.abs(onScreen.getMaxY() - chip.getMinY()) < 2, "stands on the chip: " + onScreen);
            assertTrue(onScreen.getMaxX() <= chip.getMaxX() + 1 && onScreen.getMinX() >= chip.getMinX(), "over it");
            return null;
        });
    }

    /** Whether the badge, where its move ends, sits on the top edge of balancer {@code id}'s card. */
    private static boolean badgeOn(FxRobot robot, String id) throws Exception {
        return fx(() -> {
            Node badge = robot.lookup("#vipBadge").query();
            Bounds card = robot.lookup("#balancer-" + id).query().getBoundsInParent();
            double x = badge.getLayoutX() + badge.getLayoutBounds().getWidth() / 2;
            double y = badge.getLayoutY() + badge.getLayoutBounds().getHeight() / 2;
            return x > card.getMinX() && x < card.getMaxX() && Math.abs(y - card.getMinY()) < 2;
        });
    }
}
