"${./file.txt}"
