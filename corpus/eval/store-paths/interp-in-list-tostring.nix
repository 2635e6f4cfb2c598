toString [ "${./fixtures/plain.txt}" ./fixtures/empty.txt ]
