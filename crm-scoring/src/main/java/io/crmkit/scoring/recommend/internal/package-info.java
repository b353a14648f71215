/** Item indexing and co-purchase counting behind the recommenders: not API. */
@NullMarked
package io.crmkit.scoring.recommend.internal;

import org.jspecify.annotations.NullMarked;
