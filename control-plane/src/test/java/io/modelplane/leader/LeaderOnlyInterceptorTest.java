package io.modelplane.leader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link LeaderOnly} on a replica that does not lead. */
class LeaderOnlyInterceptorTest {

  private final LeaderOnlyInterceptor interceptor = new LeaderOnlyInterceptor();
  private final AtomicInteger proceeded = new AtomicInteger();

  LeaderOnlyInterceptorTest() {
    interceptor.leadership = new Leadership(); // follows until a lock says otherwise
  }

  @Test
  void shouldSkipTheJobOnAFollower() throws Exception {
    // When a follower's scheduler calls a leader-only job
    Object result = interceptor.onLeaderOnly(call("sweep"));

    // Then the job does not run
    assertThat(result).isNull();
    assertThat(proceeded).hasValue(0);
  }

  @Test
  void shouldRefuseAMethodWithAResult() {
    assertThatThrownBy(() -> interceptor.onLeaderOnly(call("misplaced")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("void");
    assertThat(proceeded).hasValue(0);
  }

  private InvocationContext call(String name) throws NoSuchMethodException {
    Method method = LeaderOnlyProbe.class.getDeclaredMethod(name);
    return new InvocationContext() {
      @Override
      public Object getTarget() {
        return null;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return method;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return Map.of();
      }

      @Override
      public Object proceed() {
        proceeded.incrementAndGet();
        return null;
      }
    };
  }
}
