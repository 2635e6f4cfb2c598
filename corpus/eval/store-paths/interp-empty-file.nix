"${./fixtures/empty.txt}"
