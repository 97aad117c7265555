package io.modelplane.runner.support;

import ai.djl.Model;
import ai.djl.nn.Block;
import ai.djl.nn.BlockFactory;
import ai.djl.nn.core.Linear;
import java.nio.file.Path;
import java.util.Map;

/** The architecture of the DJL-params test model, named by blockFactory in serving.properties. */
public class LinearBlockFactory implements BlockFactory {

  @Override
  public Block newBlock(Model model, Path modelPath, Map<String, ?> arguments) {
    return Linear.builder().setUnits(1).build();
  }
}
