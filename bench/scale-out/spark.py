#!/usr/bin/env python3
"""Runs a JSON Lines archive through copydesk under Apache Spark in local mode, as the README
shows: `RDD.pipe` starts copydesk once per partition and streams the partition's lines through
it. `collect` keeps the partitions' order and pipe each partition's, so the results come back in
the archive's order.

    spark.py ARCHIVE.jsonl RESULTS.jsonl WORKERS COPYDESK [FORMAT...]

Prints the seconds the job took (SparkContext start-up excluded) and the articles per second.
"""
import sys
import time

from pyspark import SparkConf, SparkContext


def main():
    archive, results, workers, copydesk = sys.argv[1:5]
    formats = sys.argv[5:] or ["newsml"]
    conf = (SparkConf().setMaster(f"local[{workers}]").setAppName("copydesk")
            .set("spark.ui.enabled", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    # One copydesk thread per Spark worker: the workers are the parallelism measured.
    command = [copydesk, "--jsonl", "-j", "1"] + [arg for f in formats for arg in ("-t", f)]
    lines = sc.textFile(archive, minPartitions=int(workers) * 4)
    started = time.time()
    # copydesk exits 1 for a partition with a failed line; that line's result says why.
    out = lines.pipe(" ".join(command), checkCode=False).collect()
    seconds = time.time() - started
    with open(results, "w") as f:
        for line in out:
            f.write(line + "\n")
    print(f"spark local[{workers}]: {len(out)} results in {seconds:.1f} s, "
          f"{len(out) / seconds:,.0f} articles/s")
    sc.stop()


if __name__ == "__main__":
    main()
