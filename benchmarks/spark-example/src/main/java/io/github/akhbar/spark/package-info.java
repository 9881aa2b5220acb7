/**
 * Running Akhbar steps over JSONL articles on Apache Spark, with output equal line for line to
 * {@code akhbar process}: one pipeline per partition, the CLI's record function, bad records kept
 * in a side output. An example project, not part of the library; see {@code docs/spark.md}.
 *
 * <p>All parameters and return values are non-null unless documented otherwise.
 */
package io.github.akhbar.spark;
