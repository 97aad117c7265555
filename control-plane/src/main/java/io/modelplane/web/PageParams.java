package io.modelplane.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The query parameters every list endpoint takes. */
public class PageParams {

  @QueryParam("after")
  @Size(max = 200)
  public String after;

  @QueryParam("limit")
  @DefaultValue("50")
  @Min(1)
  @Max(200)
  public int limit;
}
