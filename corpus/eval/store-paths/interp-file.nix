"${./fixtures/plain.txt}"
