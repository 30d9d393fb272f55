package dev.balancelab.ui.shell;

import static dev.balancelab.ui.common.Styles.styled;

import dev.balancelab.ui.common.I18n;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * Folds the lesson description in a short window: where the whole text would push the status bar out of the window
 * (a 1280 × 720 projector, lessons 12–15, 40–42), the banner shows the title and, on the same row, as much of the
 * description as fits on it and a "more" toggle, which opens the whole text over the top of the canvas. Presentation
 * mode keeps the full banner in its overlay.
 */
final class LessonFold {
    private static final PseudoClass FOLDED = PseudoClass.getPseudoClass("folded");
    /** The banner's vertical padding a folded banner gives up, per edge, px ({@code .lesson-banner:folded}). */
    private static final double FOLDED_PADDING_SAVED = 6;
    /** Px the window must have beyond the unfolded layout's need before a folded text unfolds (no flicker). */
    private static final double HYSTERESIS = 8;

    private static final String ELLIPSIS = " …";

    private final BorderPane root;
    private final VBox banner;
    private final Label description;
    private final Label summary = styled(new Label(), "lesson-summary");
    private final ToggleButton more = styled(new ToggleButton(), "lesson-more");
    private final Label whole = styled(new Label(), "lesson-whole");
    private final ObservableBooleanValue presentation;
    private boolean folded;

    /**
     * @param titleRow the row of the lesson title, to which the summary and the toggle are added
     * @param description the whole description, under the title while unfolded
     * @param over where the whole text opens while folded (over the canvas)
     */
    LessonFold(
            BorderPane root,
            VBox banner,
            HBox titleRow,
            Label description,
            StackPane over,
            ObservableBooleanValue presentation) {
        this.root = root;
        this.banner = banner;
        this.description = description;
        this.presentation = presentation;
        summary.setId("lessonSummary");
        summary.getStyleClass().add("lesson-description");
        summary.setMinWidth(0);
        summary.setPrefWidth(0); // takes the row's free width, never asks for it
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        more.setId("lessonMore");
        more.setFocusTraversable(false);
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.textProperty()
                .bind(more.selectedProperty().map(open -> I18n.t(open ? "lesson.fold.less" : "lesson.fold.more")));
        titleRow.getChildren().addAll(summary, more);
        whole.setId("lessonWhole");
        whole.getStyleClass().add("lesson-description");
        whole.setWrapText(true);
        whole.textProperty().bind(description.textProperty());
        whole.visibleProperty().bind(more.selectedProperty());
        whole.maxWidthProperty().bind(over.widthProperty());
        whole.setMaxHeight(Region.USE_PREF_SIZE);
        whole.setOnMouseClicked(e -> more.setSelected(false));
        StackPane.setAlignment(whole, Pos.TOP_LEFT);
        over.getChildren().add(whole);
        show(false);
    }

    /** Refolds whenever a size or a text changes. */
    void install() {
        InvalidationListener refold = o -> refold();
        root.heightProperty().addListener(refold);
        root.widthProperty().addListener(refold);
        banner.heightProperty().addListener(refold);
        ((Region) root.getBottom()).heightProperty().addListener(refold);
        description.textProperty().addListener(refold);
        presentation.addListener(refold);
        summary.widthProperty().addListener(o -> fitSummary());
    }

    private void refold() {
        double height = root.getHeight();
        if (height <= 0) {
            return;
        }
        double spare = height - unfoldedHeight();
        boolean fold = !presentation.get() && (folded ? spare < HYSTERESIS : spare < 0);
        if (fold != folded) {
            show(fold);
        }
    }

    /**
     * The height the window needs with the whole description shown: the chrome (menus, toolbars, banner) as it would be
     * unfolded, the content's minimum (the canvas keeps its full cards) and the status bar.
     */
    private double unfoldedHeight() {
        double width = root.getWidth();
        double chrome = root.getTop() == null ? 0 : root.getTop().prefHeight(width);
        if (folded) {
            double inside =
                    width - banner.getInsets().getLeft() - banner.getInsets().getRight();
            chrome += description.prefHeight(inside) + banner.getSpacing() + 2 * FOLDED_PADDING_SAVED;
        }
        return chrome + root.getCenter().minHeight(width) + statusHeight(width);
    }

    /**
     * The status bar's height: as laid out once it is (its figures wrap to the width it got, which its preferred height
     * computed before that does not know), else as it asks.
     */
    private double statusHeight(double width) {
        Region status = (Region) root.getBottom();
        return status.getHeight() > 0 ? status.getHeight() : status.prefHeight(width);
    }

    private void show(boolean fold) {
        folded = fold;
        description.setVisible(!fold);
        description.setManaged(!fold);
        summary.setVisible(fold);
        summary.setManaged(fold);
        more.setVisible(fold);
        more.setManaged(fold);
        banner.pseudoClassStateChanged(FOLDED, fold);
        if (!fold) {
            more.setSelected(false);
        }
        fitSummary();
    }

    /** As many words of the description as fit the summary's width, then "…"; the whole text when it fits. */
    private void fitSummary() {
        String text = description.getText() == null ? "" : description.getText();
        double room = summary.getWidth()
                - summary.getInsets().getLeft()
                - summary.getInsets().getRight()
                - 2;
        if (!folded || room <= 0) {
            summary.setText("");
            return;
        }
        Text measure = new Text();
        measure.setFont(summary.getFont());
        measure.setText(text);
        if (measure.getLayoutBounds().getWidth() <= room) {
            summary.setText(text);
            return;
        }
        int low = 0;
        int high = text.length();
        while (low < high) { // the longest prefix that fits with the ellipsis
            int mid = (low + high + 1) / 2;
            measure.setText(text.substring(0, mid).stripTrailing() + ELLIPSIS);
            if (measure.getLayoutBounds().getWidth() <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int space = text.lastIndexOf(' ', low);
        int cut = space > low / 2 ? space : low; // whole words where the language has spaces
        summary.setText(low == 0 ? "" : text.substring(0, cut).stripTrailing() + ELLIPSIS);
    }
}
