package io.crmkit.core.internal;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a paged query, for work that needs all of its items at once. */
public final class Pages {

  private Pages() {}

  /** Returns the items of every page that {@code query} serves, in its order. */
  public static <T> List<T> all(Function<PageRequest, Page<T>> query) {
    List<T> items = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<T> page = query.apply(request);
      items.addAll(page.items());
      if (page.next() == null) {
        return items;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }
}
