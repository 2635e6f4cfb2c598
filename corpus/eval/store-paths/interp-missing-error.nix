"${./fixtures/missing.txt}"
