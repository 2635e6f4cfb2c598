./fixtures + "${./fixtures/plain.txt}"
