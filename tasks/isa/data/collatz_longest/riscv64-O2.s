	.file	"collatz_longest.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	collatz_longest
	.type	collatz_longest, @function
collatz_longest:
	mv	t1,a0
	li	a0,1
	li	a6,1
	li	t3,0
	li	a1,1
	bleu	t1,a0,.L13
.L2:
	addi	a6,a6,1
	sext.w	a7,a6
	bgeu	a7,t1,.L14
.L9:
	mv	a5,a6
	li	a2,0
.L6:
	slli	a4,a5,1
	andi	a3,a5,1
	add	a4,a4,a5
	srli	a5,a5,1
	beq	a3,zero,.L5
	addi	a5,a4,1
.L5:
	addiw	a2,a2,1
	bne	a5,a1,.L6
	bgeu	t3,a2,.L2
	addi	a6,a6,1
	mv	a0,a7
	sext.w	a7,a6
	mv	t3,a2
	bltu	a7,t1,.L9
.L14:
	ret
.L13:
	li	a0,0
	ret
	.size	collatz_longest, .-collatz_longest
	.section	.note.GNU-stack,"",@progbits
