	.file	"count_words.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	count_words
	.type	count_words, @function
count_words:
	lbu	a5,0(a0)
	mv	a3,a0
	beq	a5,zero,.L5
	li	a2,0
	li	a0,0
	li	a1,32
	li	a6,4
	j	.L4
.L11:
	bleu	a4,a6,.L7
	bne	a2,zero,.L3
	addiw	a0,a0,1
	li	a2,1
.L3:
	lbu	a5,1(a3)
	addi	a3,a3,1
	beq	a5,zero,.L10
.L4:
	addiw	a4,a5,-9
	andi	a4,a4,0xff
	bne	a5,a1,.L11
.L7:
	lbu	a5,1(a3)
	li	a2,0
	addi	a3,a3,1
	bne	a5,zero,.L4
.L10:
	ret
.L5:
	li	a0,0
	ret
	.size	count_words, .-count_words
	.section	.note.GNU-stack,"",@progbits
