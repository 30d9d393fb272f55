package dev.balancelab.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (composition root); placeholder until the shell lands. */
public final class BalanceLabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Balance Lab");
        stage.show();
    }
}
