x: { x }: x
