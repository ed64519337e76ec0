package prepdeck.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    /** Cheap, so the suite stays fast; the program uses {@link Argon2idHasher#OWASP}. */
    static final Argon2idHasher.Cost CHEAP = new Argon2idHasher.Cost(64, 1, 1);
    private final Argon2idHasher hasher = new Argon2idHasher(CHEAP, new SecureRandom());

    @Test
    void aPhcStringRoundTripsAndNamesItsParameters() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
        assertThat(hasher.hash("correct horse battery")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void aHashVerifiesWithItsOwnParametersAndAsksToBeRehashedUnderNewOnes() {
        String old = hasher.hash("correct horse battery");
        var stronger = new Argon2idHasher(new Argon2idHasher.Cost(128, 2, 1), new SecureRandom());
        assertThat(stronger.verify("correct horse battery", old)).isTrue();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(old)).isFalse();
    }

    /** Made by the reference C implementation (argon2-cffi 25.1.0: hash_secret(b"password", b"somesalt12345678", t=2, m=64, p=1, 32 bytes, ID)). */
    @Test
    void agreesWithTheReferenceImplementation() {
        String reference = "$argon2id$v=19$m=64,t=2,p=1$c29tZXNhbHQxMjM0NTY3OA$0d2fS/oVpAjBrlU/TISqg9c6/NuUo7W1l+jrIBSJuWs";
        assertThat(hasher.verify("password", reference)).isTrue();
        assertThat(hasher.verify("passwore", reference)).isFalse();
    }

    @Test
    void malformedHashesVerifyNothingAndThrowNothing() {
        for (String bad : new String[] {null, "", "plain", "$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo",
                "$argon2id$v=19$m=1,t=1,p=1$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo"}) {
            assertThat(hasher.verify("password", bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void passwordRulesSayWhy() {
        assertThat(PasswordRules.problem("ada", "short")).hasValueSatisfying(m -> assertThat(m).contains("at least 10").contains("length"));
        assertThat(PasswordRules.problem("ada.lovelace", "Ada.Lovelace")).hasValueSatisfying(m -> assertThat(m).contains("name"));
        assertThat(PasswordRules.problem("ada", "x".repeat(1025))).isPresent();
        assertThat(PasswordRules.problem("ada", "ten chars!")).isEmpty();
        assertThat(PasswordRules.problem("ada", "пароль-дл")).as("9 code points").isPresent();
    }

    @Test
    void accountNames() {
        assertThat(AccountNames.problem("ada")).isEmpty();
        assertThat(AccountNames.problem("Local")).isPresent();
        assertThat(AccountNames.problem("a b")).isPresent();
        assertThat(AccountNames.problem("ab")).isPresent();
    }

    @Test
    void secretsAre256BitsAndKeptAsTheirDigest() {
        var secrets = new Secrets(new SecureRandom());
        String token = secrets.token();
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(Secrets.digest(token)).hasSize(64).isNotEqualTo(token);
        assertThat(Secrets.same(token, token)).isTrue();
        assertThat(Secrets.same(token, secrets.token())).isFalse();
        assertThat(Secrets.same(token, null)).isFalse();
    }
}
