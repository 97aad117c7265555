package io.modelplane.registry.inspect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * Real models too small to need a download, kept here because their engines are not on this
 * module's classpath: XGBoost boosters trained with xgboost4j 3.0.4 ({@code XGBoost.train}, 200
 * synthetic rows of 5 features, one tree of depth 1, saved with {@code Booster.saveModel}) and a
 * TorchScript module ({@code torch.jit.trace} of {@code Linear(4, 2)} + softmax, torch 2.13).
 * Stored gzipped and base64-encoded.
 */
final class RealModels {

  /** binary:logistic, 5 features, saved as model.json. */
  static final String XGBOOST_BINARY_JSON =
      """
      H4sIAAAAAAACA31S7W7jIBB8F347lonxV/7nKaoIYXtNOGGIgOTUi/LuXTBp07tTZVvyDLA7O8ydaBDOgCOHOxEh
      ODVeA3hEj4IsIMLVATdijdTb6YsK75cnJZ2YFZjAR2t92CqtdgYdf+QYHABPmF+EE2tkzXVNQGtk4wZyIJQUiY/Q
      J4wKFNYTQVnDlZkvAWu/VQXFpqmqMouNTMZRz52MwgP/DUqeQyR2Xdl1+44dd32xq8uODc3AENGiLfdsqGkVAVaY
      RABpnXqO9YW5QfX/sh7kimP/Z0H9eW6fYRFXHbiGJSTt+CCtZnKoChJZPp2Vnh0YXKbFLr64QVvvcUUYmSqxsu9q
      1rbNkRbVsYofbkIHc/89ZR3r65Z1uYGL47+W3n+W9hetcMmaWUVj4/G2bCtGGWujLT+atB3Gu1DTJiz32/gYipcp
      Pd7mGbxXwqQZhmFoqqrGGeqSsqHtG4r/tOzZ0FMc7Xmt32KCuYEA6BepckByBJFpMpPvh9SIo/lot1j4DaZg3Zak
      xwnDFGOMcItkTFeO/t/pTAnyk009UHaDs2PlFG++OLtyccNYytfUTlp4/6PIIJyE8Ay2HX+hPHWDNOcmbFRGuPeD
      tlL5oCY850DyFIVPbX4SGh2yPkc8j4cVUZLH+0Sna/SfnR4fYeYNbdsDAAA=
      """;

  /** multi:softprob with 3 classes, 5 features. */
  static final String XGBOOST_SOFTPROB_JSON =
      """
      H4sIAAAAAAACA8VV227jIBD9F54dxMVgO+/+iqpCJMYOK9tEQLqXKv++A3badLdqValpiSLBAc+cGQ4zj2g02s/G
      o+0j0jF6uztFE2B1LlBvdDx5o2Y9Jeju/hmKv48XaPC6s2aOaudciIulyXVmTJNhF70xKq/VUXs9JXQ+TXkxjoCm
      A2iLKCoynpZgGXEEDCzY09G6Wdm5O0awfUcKDk6zVTv3LiO0YCuWOD2inQ5G/TR2OMQEcFyRmvGqbje82FBcirqR
      smk3tKCYUMZkA1sUTOx1NIPz9hLb81rNEML/aDDDBLG/smH/XI53ptenMarR9DHThR/AtkNbUqCEqv3Bjp03M2xT
      YFhkMqMLAXb0PGRLAnNeM9rIFr5f/nAI0rj6Z7SsyprLslod+BT/tWn2ZDocRwtbbu5sym76vMS8bppS8DYfeiNJ
      y8dwIXafibHV34InZVxFGeBKDyYEqxODGtd5iJYWHIs8OMxTbGm09HK3L7QC4jHRQL4QWVWy6hAQsSLr/YBuwCkk
      H9Kte/Vg9tH5LK/zuXhHGRxLXkkJGWAFw5xUsmHse4RBPyAMjmlNGNC+iS5qXNGalkJkXbyRok+SRYXl05xi2uTx
      1brYVLikUpKaJ2FQLDgXpaTr0yCkaeBFlN8jDfahmgEPrOKE36pmMC4Iy4XhnSx9WtHgVRoiFw1BYZDqtuq4hz6U
      OiAsl26WGtPaNf9tbFlGYe8WHxA5mM1tUfXeTUo/QDsbrrvdftTh4v91hlH7wcSFS4Hc7gdwsw8mB7mwmkAodhtc
      H4/e7VIgMJ30L5U3soeXiXl2egbxIyAV4EJTJYH8l/fnv5Q7A1EVCAAA
      """;

  /** multi:softmax with 3 classes, 5 features. */
  static final String XGBOOST_SOFTMAX_JSON =
      """
      H4sIAAAAAAACA8VV227jIBD9F54dxMVgO+/+iqpCJMYOK9tEQLqXKv++A3badLdqValpiSLBAc+cGQ4zj2g02s/G
      o+0j0jF6uztFE2B1LlBvdDx5o2Y9Jeju/hmKv48XaPC6s2aOaudciIulyXVmTJNhF70xKq/VUXs9JXQ+TXkxjoCm
      A2iLKCoynpZgGXEEDCzY09G6Wdm5O0awfUcKDk6zVTv3LiO0YCuWOD2inQ5G/TR2OMQEcFyRmvGqbje82FBcirqR
      smk3tKCYUMZkA1sUTOx1NIPz9hLb81rNEML/aDDDBLG/smH/XI53ptenMarR9DHThR/AtkNbUqCEqv3Bjp03M2xT
      YFhkMqMLAXb0PGRLAnNeM9rIFr5f/nAI0rj6Z7SsyprLslod+BT/tWn2ZDocRwtbbu5sym76vMS8bppS8DYfeiNJ
      y8dwIXafibHV34InZVxFGeBKDyYEqxODGtd5iJYWHIs8OMxTbGm09HK3L7QC4jHRQL4QWVWy6hAQsSLr/YBuwCkk
      H9Kte/Vg9tH5LK/zuXhHGRxLXkkJGWAFw5xUsmHse4RBPyAMjmlNGNC+iS5qXNGalkJkXbyRok+SRYXl05xi2uTx
      1brYVLikUpKaJ2FQLDgXpaTr0yCkaeBFlN8jDfahmgEPrOKE36pmMC4Iy4XhnSx9WtHgVRoiFw1BYZDqtuq4hz6U
      OiAsl26WGtPaNf9tbFlGYe8WHxA5mM1tUfXeTUo/QDsbrrvdftTh4v91hlH7wcSFS4Hc7gdwsw8mB7mwmkAodhtc
      Hyf9K8WxzFTGs4OXeXn2eQbtI+AU4D5TIYH0l/fnv+RJ3EgUCAAA
      """;

  /** The binary:logistic booster saved as model.ubj. */
  static final String XGBOOST_BINARY_UBJ =
      """
      H4sIAAAAAAACA5VUPY8TMRDN1xFd7gLhrqCkIA0FCASHBM3pTkI01yGqFJZ3d3YzyGtHHifoiCJ+ARX/gZaCHv4L
      LRS03CGBvUns3dwGia12/d7aM8/vzfyssXy6AriWoOfrhR43RmM0NUDzxXqxnwI3Uw1M8hxodGe93rhCMOeTWsIg
      0zxBkIZFSpEpHbiTqwSE/zzIIqMBWLHKJlzz3GM35TQvloSwmKO9XEPNh+u3XUdyGJVA38kA7dncoJIMZTIxOtTa
      wgY2/S5FEShTFQhN9O3sFAeUIF/jfsQJ2BvAbGxoNEw8pf354/dbX75efDq+fRnUjrmBTGm0mw1FjWwBZ9IqUs86
      LLEIstzKbIln/96O8C3Us/YTSPlUGCYgNaPhq9BCidTCJMjRd0wWj1EkGmS5RvdL88/q8QcIRWTpXGZQ1ej09OeV
      crr2xpcdlbZ9Z7fbJF7XTvStZbQ2yxjQRKDlK5mgc0S1lOO7gx+b19Vf/mGdg3H1LtwBnc2Ceku6y8Q2GffIunUM
      RMhlVYkXF99OLn+9P/nw+4nfrzBlNRN7zu42KmAgCYZ/UIFX4QzwUSUshbEC+CjoYy1iTcBTNoPYKF0O1MJHquOG
      goeuLfPr0cPVgKkNdK8IC8WqVFz38f2nR8/v+TwfFAODpVrljM9seLOtqY8FJ/p/EXrFxOA6A1M3MnZV9Nq2jzOY
      17d8I0LJ9fkzoTIkg3HwI2SssHq16wHFXNh7VLSaE/W6dm2zZG0Zpkwb23ZGdRZ/AWj9aPe+BQAA
      """;

  /** torch.jit.save output: a zip with tiny/data.pkl, tiny/code/, tiny/constants.pkl. */
  static final String TORCHSCRIPT =
      """
      H4sIAAAAAAACA51XB1gT2RaeFBIIRbodARcJCknoxYYBI2toIkgeICEJgQRCwiQTBCu4oiAKCuoqKLoKT0VZQamu
      haLYPlQQdwEr1VVBnws+VPDtm0kUk4iser9vuGRy//+cnDPnnH/86RgsAKirA58tTWAiAPGFSeRIFsQiU2hUAyDk
      8wUESn8LD0xfYHym+UJy1LkLg3aLL/TRNRa4+5mfu/nu+gJ/Ol6982JnuCnMiFz+49izVLBnS6POHMue6oq/6Hje
      ew1eZmd5zdMChFh9XDvawPxPdkjxsQIa1fVrLI29ktEcJhMSiTk8JpPgQwABq5R1RAZiFhKz+EK+MBpEpTGM4c9M
      voQZJRUImGwWJ3YVSxzJ5IlEsSDal4GBvxXwhSDmExVJtpOEQlKcKFIq4EpI8AEuS0zwlm8gVmYHByNXcfnRPAhU
      48ghTCnEF0gITDGXLeULIpkQVygRiZkJdgQQRyQy8DBCAp9kRXNBvBxCoAlELGi5/CYBVGeg4DMUUEPmFydeChLo
      6tAyUJMOEOloOhYi0rF0FJTG4YgEAi4H4ouEEoKfOJIr5kZ68jkQAdSyCoACQG0GnACAzWdJQB0ebJqH58mpbcEJ
      PAIdDVPqyihhQpiOJ0fp8VBpPLSvlA3qw5cBCckr5t5hfgSMRC4kr4ZwXj9PrDEwTZ5XjiiSS/4UyfgkGnXSFxMc
      lFmbWUfR8ny5NjVre8v2hFO7W8mHOuu0zW7EGaR5cboLDh/003ffmFO8L8kkK5+96cLTpJBzyx7ggFc06pkfaebm
      go7EomcljGELC7OJYS4eeMwZstnEJtLDLveu1752Halvc9+/t3HV6c6yYDBeUvfoGdxIXNQifaY7GDYj3Q2vlf7w
      7s6Ua4wS6x6ewfbKg/GPeoGa9traTVcPP37yd3nCXau4UCKjOtRipPH6GcfTPvbFPjnzCx9ZxGoWpS4MusNuNjfz
      yMMjQeqYjp13GYnuuEEyBWy+ECRSJPzARDNl9WD19fVQnH2DXu+u2+BceovBdPYr77Qw8W4nxBnpzWbYxBqya4x2
      WfiwDfJmtUXea8+rHLn8sLF+D0FtEVqz/sXa4fdRUUM5i4eB5Ic/WUuNRlqCha+OmA+9FJU0nz/726zkJcum6OKC
      jpg2l1qu18J71OtdmVmbN1DcNdCe9/xWIPOJeka4sfmzd7mujvuP80IxTXnL70h9U2keWtYx+xOLnAK20HZc97QU
      S16nT59eYJsgLAs9cHUavmJuPf0SbvVN/SbXDL3cmHutU9Y4LRF7NTZfPFBGGQi6ZT8Y5Gti9XfnudDASy3B5Ya3
      BZcm7OgDr/d4oa5NZlQ+768abHErrk4rsI751TkvI9c1gIqP/TtoXmVG2RF65q6mh25GHcS2brPb+pm6ILbvX+3E
      3LoIdptbxbSYUFSPV+qGHu3ZHsAir4ps3VNke1933Ol4TG+EiXGE3h7TtEIuQ/2aEzYgS9vMYKlRQ1j4rqJt1dlF
      thve9o2ktfm7jUhf8y7vzn7g/waHJJ2S5Dh7NZzwnZjxkk4CZo+VdLJsJwuF5A89hizvMbKKmfWVj4BP1iKkfhYP
      7a97VrTbzdXdohdrz67X+YUYN32KHru7YGNXjota6db37//qX5hkMHOkOnnzvQ25wVkPSjC33wlb71PMlhSzJhzt
      TXlxuuDfW6KgWb1D1verQoZTtga6TnqcZqYfXfifR+vYXRs1fz653fNCa9Wx/mfnTRqhdZPyX1OhxoH6+a6EhoME
      xv3osoh0zTu0wYSrlj908ptCrp2g+jtr6O/+Oayo4fmAKPnJcKbO+vWV4h3pYdVb2EVLbTqNo3JiLTENZeLks6df
      8A++bxhi/94fjsQ19EmVeTMcufBxi8kFnjTfFlfFIsPKIlwc8KNfnbuhiXvFWZP5x5fMaz09yZ2zbW9admluy5Qr
      nnZWcYUzPe7x8TvyLIfXjGxJ0KurzXHa183tPT8Uty/Lul0NgF4aVR/pPJq/+qcZgYWrVm2/e7On3whjZFiBunHo
      SonX2r6l919BsTHty9OzU7pvVve0apeuyFlb1zgz+M6S9tuDObbXKgpLOd68N+7pcTH5f96cU97wquNp7YmuRodb
      ugzj8yMT5x63TTjRplNb6ndgcnhA921JrmF/Thr1D+LlyL6AlGIzG5+RFQJWL//X2Ckn5iWVVT5OmqGzOapqwdYV
      uSeSjHe8s7QVbaLvXZObf+zYH+YtbzINQPQccwu1P1eUG72lHzLgWPxw9JfqkFNkB82T2/67QXsOYcgahEgUlHT5
      cJvgwBlt9cFEqlZ5eqvFO6K3kGLWUnOpd9ebsIi83esvdxOwuljBHFLHTrLdipaUyXtTXatwAwvLgYwS7A1dz7no
      Ea1WJ+xfwaTkavcX0SctqDUJ6FdTkRRbhp9qksLpbcGMJxb0YVnyIcVCCcQSQhK5YsADo/PfSjaj4sgawci8w45q
      D2AMOkPATU4HiwMON5LJF8ZLIQkirpy+U4J82XVjQGsMW3L31QEF/SLXDTF8iMSM53NiBVyCmItIBC4TSoqH/7Ci
      YVmzTi4dokRiRLqAKB6wkvjPigOtojgwYyoO7AfFoTaqOHCwzFgG4hF5gBpVHOlfVhzqMu2gwWVowATefAkUukiY
      tBIkbA6QMgzhW8ipUAkktjYd/XIlqLk5ANSSJc8+MVuAgn1AocZ7FrQANXlAE7hiCewDjYoCQuwJCEFTfnQQGj6C
      Hld56gBUOQE7CeKKEP9p1AXfLz1lS8CHIAEX8SF1ftdkRA/ixvVhKmAr94Ekk9kSrpjPEvBXs5CgMvmRNKrNtzlk
      a+/g7Oxsb+/g4EBxpbjY2dk7OVAcnV1c4X/s7SlOjg62zg6OzhTEwyMZWUwi7ANR5iEKCdaoj4rvCJqfea3wHqIK
      VBT9ysB4JaCtKlBRVWorAVsVgUjByKGfhoCi1jJWgpaggS/oK1UOxdFtqsRxFwP8o0ZTZVMcWCQltutqwDcOKVVu
      xU7posRtjge+ewCqpkOxgeorWVHTAMbowR/xY7dZxRX4Ea/SdFU9UOwCylmtGZOBNMavUGwEWkocepqAUvdQRSqW
      r44SMuAjcrRtqGIVC2uqEvb3j9ixy92fjsNZfzhqgrFReEdW3jdj5Hvih98E45C2DvxvgvwzSnZPDSfHaMvOy8/+
      H10C7TtgEAAA
      """;

  private RealModels() {}

  static byte[] bytes(String fixture) {
    byte[] gzipped = Base64.getMimeDecoder().decode(fixture);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
