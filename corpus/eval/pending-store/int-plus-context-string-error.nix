1 + "${./file.txt}"
