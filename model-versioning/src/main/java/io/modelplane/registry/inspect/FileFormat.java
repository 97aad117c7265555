package io.modelplane.registry.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What a file is, judged by its first bytes rather than its name (staged uploads and signed URLs
 * rarely keep one). Used to unpack archives and to tell a user which engine a misdeclared file
 * belongs to.
 */
enum FileFormat {
  ZIP("a zip archive"),
  TORCHSCRIPT("a TorchScript archive (engine pytorch)"),
  GZIP("a gzip file"),
  DJL_PARAMS("DJL parameters (engine pytorch)"),
  JSON("a JSON document"),
  UBJSON("an XGBoost UBJSON model (engine xgboost)"),
  ONNX("an ONNX graph (engine onnx)"),
  UNKNOWN("of an unknown format");

  private static final byte[] DJL_MAGIC = {'D', 'J', 'L', '@'};

  private final String description;

  FileFormat(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  static FileFormat of(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return isTorchScript(file) ? TORCHSCRIPT : ZIP;
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (head.length >= 4 && Arrays.equals(head, 0, 4, DJL_MAGIC, 0, 4)) {
      return DJL_PARAMS;
    }
    if (head.length >= 2 && head[0] == '{') {
      // UBJSON writes a length marker right after '{'; JSON writes a quote or whitespace.
      return "iUIlL".indexOf(head[1]) >= 0 ? UBJSON : JSON;
    }
    // An ONNX ModelProto starts with field 1 (ir_version) as a varint: protobuf tag 0x08.
    return head.length >= 2 && head[0] == 0x08 ? ONNX : UNKNOWN;
  }

  /**
   * torch.jit.save writes a zip whose entries sit under one folder holding {@code data.pkl} and
   * {@code code/} or {@code constants.pkl}; a zipped model directory does not look like that.
   */
  private static boolean isTorchScript(Path file) {
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      List<String> names =
          Collections.list(zip.getEntries()).stream().map(ZipArchiveEntry::getName).toList();
      boolean data = names.stream().anyMatch(n -> n.matches("[^/]+/data\\.pkl"));
      boolean code = names.stream().anyMatch(n -> n.matches("[^/]+/code/.*|[^/]+/constants\\.pkl"));
      return data && code;
    } catch (IOException e) {
      return false;
    }
  }
}
