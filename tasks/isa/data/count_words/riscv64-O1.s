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
	mv	a3,a0
	lbu	a5,0(a0)
	beq	a5,zero,.L7
	li	a4,0
	li	a0,0
	li	a7,13
	li	a6,32
	li	a2,1
	li	a1,8
	j	.L6
.L3:
	bne	a5,a6,.L5
	mv	a4,a2
.L4:
	xori	a4,a4,1
	addi	a3,a3,1
	lbu	a5,0(a3)
	beq	a5,zero,.L12
.L6:
	bgtu	a5,a7,.L3
	bgtu	a5,a1,.L13
.L5:
	bne	a4,zero,.L10
	addiw	a0,a0,1
	j	.L4
.L13:
	mv	a4,a2
	j	.L4
.L10:
	li	a4,0
	j	.L4
.L12:
	ret
.L7:
	li	a0,0
	ret
	.size	count_words, .-count_words
	.section	.note.GNU-stack,"",@progbits
