package dev.balancelab.ui.topology;

import static dev.balancelab.ui.common.Styles.styled;

import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

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
    /** Measures the title (FX thread only). */
    private static final Text MEASURE = new Text();
    /** The title's font as the style sheet sets it, before {@link #fitTitle()} shrinks it. */
    private Font titleFont = Font.getDefault();

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

    @Override
    protected void layoutChildren() {
        fitTitle();
        super.layoutChildren();
    }

    /**
     * Shrinks the title's font, down to the card's smallest text ({@link CardMode#BASE_FONT_PX}, so it stays as legible
     * as the detail lines), until the whole name fits the card's width ("Simulated (off)" showed as "Simulate…").
     */
    private void fitTitle() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - 1;
        if (room <= 0 || title.getText() == null) {
            return;
        }
        if (title.getStyle().isEmpty()) {
            titleFont = title.getFont(); // as the style sheet sets it
        }
        MEASURE.setFont(titleFont);
        MEASURE.setText(title.getText());
        double whole = MEASURE.getLayoutBounds().getWidth();
        double size = titleFont.getSize();
        String style = "";
        if (whole > room) {
            double fitting = Math.max(CardMode.BASE_FONT_PX, Math.floor(2 * size * room / whole) / 2);
            style = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fitting);
        }
        if (!style.equals(title.getStyle())) {
            title.setStyle(style);
        }
    }

    /** Sets the {@code :compact} or {@code :dense} pseudo-class of a card for {@code mode}. */
    static void showMode(VBox card, CardMode mode) {
        card.pseudoClassStateChanged(COMPACT, mode == CardMode.COMPACT);
        card.pseudoClassStateChanged(DENSE, mode == CardMode.DENSE);
    }
}
