{ a ? { }.b or 3 }: a
