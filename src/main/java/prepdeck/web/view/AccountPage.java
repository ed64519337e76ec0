package prepdeck.web.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The account page: the user's decks (and which is current), password change, sign-out everywhere, invitations. */
public record AccountPage(String name, boolean admin, long currentDeck, List<Deck> decks, boolean mayInvite, String csrf,
                          Optional<String> notice, Optional<String> error, Optional<String> invitationLink) {
    public AccountPage {
        Objects.requireNonNull(name);
        decks = List.copyOf(decks);
        Objects.requireNonNull(csrf);
        Objects.requireNonNull(notice);
        Objects.requireNonNull(error);
        Objects.requireNonNull(invitationLink);
    }

    /** One deck of the user's, as listed. */
    public record Deck(long id, String name, boolean shared, String role) {}

    /** The name of the deck the user is in now (invitations are to it). */
    public String currentDeckName() {
        return decks.stream().filter(d -> d.id() == currentDeck).map(Deck::name).findFirst().orElse("");
    }

    public int minLength() {
        return prepdeck.accounts.PasswordRules.MIN_LENGTH;
    }
}
