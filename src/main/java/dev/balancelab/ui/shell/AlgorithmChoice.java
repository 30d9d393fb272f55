package dev.balancelab.ui.shell;

/**
 * One entry of the algorithm menu.
 *
 * @param name kebab-case name the engine knows it by
 * @param displayName what the menu shows
 */
public record AlgorithmChoice(String name, String displayName) {
    @Override
    public String toString() {
        return displayName;
    }
}
