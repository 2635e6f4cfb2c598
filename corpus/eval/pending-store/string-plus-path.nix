"prefix-" + ./file.txt
