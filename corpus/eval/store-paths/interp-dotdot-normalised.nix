"${./fixtures/tree/../plain.txt}"
