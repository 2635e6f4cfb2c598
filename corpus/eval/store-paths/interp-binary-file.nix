"${./fixtures/binary.bin}"
