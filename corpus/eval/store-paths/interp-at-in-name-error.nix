"${./fixtures/at@sign.txt}"
