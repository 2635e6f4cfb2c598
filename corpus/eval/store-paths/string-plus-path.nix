"prefix-" + ./fixtures/plain.txt
