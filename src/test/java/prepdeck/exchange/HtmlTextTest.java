package prepdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void paragraphsBreaksAndListItemsBecomeLines() {
        assertThat(HtmlText.toText("<p>One</p><p>Two<br>Three</p><ul><li>a</li><li>b</li></ul>")).isEqualTo("One\nTwo\nThree\n- a\n- b");
    }

    @Test
    void entitiesAreDecodedAndCodeKeepsBackticks() {
        assertThat(HtmlText.toText("<code>a &lt; b</code> &amp;&nbsp;&#1046;&#x416; &unknown;")).isEqualTo("`a < b` & ЖЖ &unknown;");
    }

    @Test
    void scriptsAndStylesAreDroppedWithTheirContent() {
        assertThat(HtmlText.toText("<style>.x{}</style>Hi<script>alert(1)</script>")).isEqualTo("Hi");
    }
}
