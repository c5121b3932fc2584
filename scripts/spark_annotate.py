#!/usr/bin/env python3
"""Jiedu as the map step of an Apache Spark job (docs/corpus.md).

Reads a JSONL file of {"id", "text"} documents, pipes each partition through
`jiedu annotate - --input jsonl --format jsonl` (RDD.pipe: one jiedu process per partition, which
loads the dictionaries once and annotates the partition's lines in order) and writes the annotated
documents as JSONL, one per line. Local mode here; on a cluster only the master URL changes (and
jiedu with its data folder must be on every worker).

Usage: spark_annotate.py --jiedu BIN --data DIR --input docs.jsonl --output out.jsonl
                         [--master local[2]] [--partitions 4]
"""
import argparse
import json
import os
import shlex
import time

from pyspark.sql import SparkSession


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jiedu", required=True)
    p.add_argument("--data", required=True, help="jiedu's data folder (CC-CEDICT, jieba dictionary)")
    p.add_argument("--input", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--master", default="local[2]")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--jobs", type=int, default=1, help="jiedu --jobs inside each partition")
    a = p.parse_args()

    start = time.time()
    spark = (SparkSession.builder.master(a.master).appName("jiedu-annotate")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext
    lines = sc.textFile(os.path.abspath(a.input), a.partitions)
    command = [os.path.abspath(a.jiedu), "annotate", "-", "--input", "jsonl", "--format", "jsonl",
               "--jobs", str(a.jobs)]
    env = {"JIEDU_DATA": os.path.abspath(a.data), "PATH": os.environ.get("PATH", "")}
    annotated = lines.pipe(shlex.join(command), env=env)
    # Each output line is one document; keep only what the job needs beyond the contract check.
    rows = annotated.collect()
    with open(a.output, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(row + "\n")
    spark.stop()
    print(json.dumps({"documents": len(rows), "seconds": round(time.time() - start, 2),
                      "master": a.master, "partitions": a.partitions}))


if __name__ == "__main__":
    main()
