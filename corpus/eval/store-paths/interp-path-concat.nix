"${./fixtures + "/plain.txt"}"
