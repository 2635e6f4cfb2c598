"${./fixtures/big.txt}"
