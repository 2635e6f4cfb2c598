"${./fixtures/with space.txt}"
