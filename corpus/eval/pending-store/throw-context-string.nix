throw "${./file.txt}"
