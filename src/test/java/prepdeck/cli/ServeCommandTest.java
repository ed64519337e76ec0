package prepdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
    @Test
    void theDatabaseIsNamedWithoutItsPassword() {
        assertThat(ServeCommand.withoutCredentials("postgresql://ann:s3cr@t@db.internal:5432/course?sslmode=require"))
                .isEqualTo("postgresql://db.internal:5432/course");
        assertThat(ServeCommand.withoutCredentials("postgresql://db:5432/course")).isEqualTo("postgresql://db:5432/course");
        assertThat(ServeCommand.withoutCredentials("jdbc:postgresql://ann:x@db/course")).isEqualTo("jdbc:postgresql://db/course");
    }
}
