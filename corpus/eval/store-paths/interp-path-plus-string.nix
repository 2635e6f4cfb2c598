"${./fixtures}/plain.txt"
