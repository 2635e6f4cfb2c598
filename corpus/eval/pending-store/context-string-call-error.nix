("${./file.txt}") 1
