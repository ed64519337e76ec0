package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParametersTest {
    @Test
    void rejectsAWrongNumberOfWeightsNamingTheCount() {
        assertThatThrownBy(() -> new Parameters(1, 2, 3)).isInstanceOf(InvalidParametersException.class)
                .hasMessageContaining("got 3");
        assertThatThrownBy(() -> Parameters.fromAnyVersion(new double[18])).hasMessageContaining("17, 19 or 21, got 18");
    }

    @Test
    void rejectsANonFiniteWeightNamingIt() {
        double[] w = Parameters.DEFAULT.w();
        w[9] = Double.NaN;
        assertThatThrownBy(() -> new Parameters(w)).isInstanceOf(InvalidParametersException.class).hasMessageContaining("w9 is NaN");
    }

    @Test
    void isAValueWhoseArrayCannotBeChangedFromOutside() {
        double[] w = Parameters.DEFAULT.w();
        Parameters p = new Parameters(w);
        w[0] = 99;
        p.w()[1] = 99;
        assertThat(p).isEqualTo(Parameters.DEFAULT).hasSameHashCodeAs(Parameters.DEFAULT);
    }

    @Test
    void migratesFsrs5WeightsWithZeroShortTermExponentAndDecayOneHalf() {
        double[] w19 = java.util.Arrays.copyOf(Parameters.DEFAULT.w(), 19);
        Parameters p = Parameters.fromAnyVersion(w19);
        assertThat(p.get(19)).isZero();
        assertThat(p.get(20)).isEqualTo(0.5);
    }

    @Test
    void migratesFsrs45WeightsLikeTsFsrs() {
        Parameters p = Parameters.fromAnyVersion(0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474,
                0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755);
        assertThat(p.w()).containsExactly(0.4872, 1.4003, 3.7145, 13.8206, 7.6214, 0.51510155, 1.3975, 0.031, 1.6474,
                0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755, 0, 0, 0, 0.5);
    }

    @Test
    void clippingCapsShortTermWeightsWhenThereAreSeveralRelearningSteps() {
        double[] w = Parameters.DEFAULT.w();
        w[17] = 1.5;
        w[18] = 1.5;
        Parameters clipped = new Parameters(w).clipped(3, true);
        assertThat(clipped.get(17)).isEqualTo(0.49027301);
        assertThat(clipped.get(18)).isEqualTo(0.49027301);
    }

    @Test
    void clippingLetsW19BeZeroOnlyWithoutSameDayModelling() {
        double[] w = Parameters.DEFAULT.w();
        w[19] = 0;
        w[0] = -1;
        assertThat(new Parameters(w).clipped(1, false).get(19)).isZero();
        assertThat(new Parameters(w).clipped(1, true).get(19)).isEqualTo(0.01);
        assertThat(new Parameters(w).clipped(1, true).get(0)).isEqualTo(0.001);
    }

    @Test
    void configRejectsOutOfRangeValuesNamingThem() {
        assertThatThrownBy(() -> SchedulerConfig.DEFAULT.withDesiredRetention(0)).hasMessageContaining("got 0.0");
        assertThatThrownBy(() -> SchedulerConfig.DEFAULT.withDesiredRetention(1.2)).hasMessageContaining("got 1.2");
        assertThatThrownBy(() -> SchedulerConfig.DEFAULT.withMaximumInterval(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> SchedulerConfig.DEFAULT.withDayStartUtcMinutes(1440)).hasMessageContaining("got 1440");
        assertThatThrownBy(() -> SchedulerConfig.DEFAULT.withLearningSteps(List.of(Duration.ofSeconds(90))))
                .isInstanceOf(InvalidParametersException.class).hasMessageContaining("PT1M30S");
    }

    @Test
    void parsesStepsWrittenTheTsFsrsWay() {
        assertThat(SchedulerConfig.parseStep("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(SchedulerConfig.parseStep("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(SchedulerConfig.parseStep("1d")).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> SchedulerConfig.parseStep("1.5m")).hasMessageContaining("\"1.5m\"");
        assertThatThrownBy(() -> SchedulerConfig.parseStep("10s")).hasMessageContaining("\"10s\"");
    }
}
