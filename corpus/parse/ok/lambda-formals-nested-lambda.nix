{ a }: { b }: a + b
