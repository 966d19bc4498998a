# Shared by bench/generate and bench/run: build once, then run the bench classes from the test tree.
bench_build() {
  if [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -f target/bench-classpath.txt ]]; then
    mvn -q -DskipTests package test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
  fi
}

bench_classpath() {
  echo "target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
}
