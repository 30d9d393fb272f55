package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A client or the balancer on the canvas: a title and one detail line ({@link CardMode#FULL}), the title alone
 * ({@link CardMode#COMPACT}), or a short id in a grid cell ({@link CardMode#DENSE}); the tooltip names it in full.
 */
class EndpointCard extends VBox {
    static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    static final PseudoClass DENSE = PseudoClass.getPseudoClass("dense");

    private final Label title;
    private final List<Label> details;
    private final String name;
    private final String shortName;

    /**
     * @param name the title ("Web", "Load balancer")
     * @param shortName what a grid cell shows, at most four characters ("c1", "LB")
     * @param detail the second line of a full card
     */
    EndpointCard(String name, String shortName, Label detail, String styleClass) {
        this(name, shortName, List.of(detail), styleClass);
    }

    /**
     * @param details the lines under the title of a full card; those without a style class get {@code card-detail}
     */
    EndpointCard(String name, String shortName, List<Label> details, String styleClass) {
        this.name = name;
        this.shortName = shortName;
        this.title = styled(new Label(name), "card-title");
        this.details = List.copyOf(details);
        details.stream()
                .filter(d -> d.getStyleClass().isEmpty() || d.getStyleClass().equals(List.of("label")))
                .forEach(d -> d.getStyleClass().add("card-detail"));
        getChildren().add(title);
        getChildren().addAll(details);
        getStyleClass().addAll("card", styleClass);
        Tooltip.install(this, new Tooltip(name));
    }

    /** Shows what {@code mode} shows, at {@code width} × {@code height} px. */
    void show(CardMode mode, double width, double height) {
        title.setText(mode == CardMode.DENSE ? shortName : name);
        details.forEach(detail -> {
            detail.setVisible(mode == CardMode.FULL);
            detail.setManaged(mode == CardMode.FULL);
        });
        showMode(this, mode);
        ServerCard.fixSize(this, width, height);
    }

    /** Sets the {@code :compact} or {@code :dense} pseudo-class of a card for {@code mode}. */
    static void showMode(VBox card, CardMode mode) {
        card.pseudoClassStateChanged(COMPACT, mode == CardMode.COMPACT);
        card.pseudoClassStateChanged(DENSE, mode == CardMode.DENSE);
    }
}
