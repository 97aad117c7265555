package io.modelplane.runner.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/** MODEL_DEVICE: "auto" takes a GPU when the engine's native library sees one. */
public final class DeviceSelector {

  private DeviceSelector() {}

  public static Device select(String setting, EngineKind kind) {
    String wanted = setting.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("auto")) {
      return Engine.getEngine(kind.djlName()).getGpuCount() > 0 ? Device.gpu() : Device.cpu();
    }
    if (wanted.equals("cpu") || wanted.startsWith("gpu")) {
      return Device.fromName(wanted);
    }
    throw new IllegalArgumentException(
        "MODEL_DEVICE '" + setting + "' is not one of auto, cpu, gpu, gpu:N");
  }
}
