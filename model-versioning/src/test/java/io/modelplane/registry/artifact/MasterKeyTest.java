package io.modelplane.registry.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MasterKeyTest {

  @Test
  void shouldGenerateThirtyTwoRandomBytesAsBase64() {
    // Given
    String other = MasterKey.generate();

    // When
    String generated = MasterKey.generate();

    // Then
    assertThat(Base64.getDecoder().decode(generated)).hasSize(32);
    assertThat(generated).isNotEqualTo(other);
  }

  @Test
  void shouldAcceptAGeneratedKey() {
    // Given
    String generated = MasterKey.generate();

    // When
    MasterKey key = MasterKey.fromBase64(generated + "\n");

    // Then
    assertThat(key.aead()).isNotNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"not base64!", "AAAA", "   "})
  void shouldRejectAKeyThatIsNotThirtyTwoBase64Bytes(String configured) {
    // Given
    String value = configured;

    // When / Then
    assertThatThrownBy(() -> MasterKey.fromBase64(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("master key");
  }
}
