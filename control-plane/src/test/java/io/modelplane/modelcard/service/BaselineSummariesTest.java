package io.modelplane.modelcard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.monitoring.profile.CategoricalProfile;
import io.modelplane.monitoring.profile.NumericProfile;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.table.ColumnKind;
import org.junit.jupiter.api.Test;

class BaselineSummariesTest {

  @Test
  void shouldSummariseANumericColumnByItsMoments() {
    // Given
    NumericProfile column =
        NumericProfile.baseline(
            "age", ColumnKind.NUMERIC, new double[] {1, 2, 3, 4}, ProfileOptions.defaults());

    // When
    String line = BaselineSummaries.statistics(column);

    // Then
    assertThat(line).isEqualTo("min 1.000, mean 2.500, std 1.118, max 4.000");
  }

  @Test
  void shouldNameTheMostFrequentLabelsAndSumTheRestAsOther() {
    // Given 12 values over five labels
    CategoricalProfile column = CategoricalProfile.empty("plan", 64);
    column.add("gold", 5);
    column.add("silver", 3);
    column.add("bronze", 2);
    column.add("trial", 1);
    column.add("staff", 1);

    // When
    String line = BaselineSummaries.statistics(column);

    // Then
    assertThat(line).isEqualTo("gold 41.7%, silver 25.0%, bronze 16.7%, other 16.7%");
  }

  @Test
  void shouldMarkTextColumnsAsLengths() {
    NumericProfile column =
        NumericProfile.baseline(
            "note", ColumnKind.TEXT, new double[] {10, 30}, ProfileOptions.defaults());

    assertThat(BaselineSummaries.statistics(column)).startsWith("length min 10.00, mean 20.00");
  }
}
