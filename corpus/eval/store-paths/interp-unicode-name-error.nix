"${./fixtures/ünïcode.txt}"
