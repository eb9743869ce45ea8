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
	mv	a7,a0
	li	a5,1
	bleu	a0,a5,.L10
	li	a1,1
	li	t1,0
	li	a0,0
	li	a2,1
	li	t3,0
	j	.L9
.L4:
	srli	a5,a5,1
.L5:
	addiw	a4,a4,1
	beq	a5,a2,.L15
.L6:
	andi	a3,a5,1
	beq	a3,zero,.L4
	slli	a3,a5,1
	add	a5,a3,a5
	addi	a5,a5,1
	j	.L5
.L15:
	beq	a0,zero,.L7
	bleu	a4,t1,.L8
.L7:
	mv	t1,a4
	mv	a0,a6
.L8:
	addi	a1,a1,1
	sext.w	a5,a1
	bleu	a7,a5,.L16
.L9:
	sext.w	a6,a1
	beq	a1,a2,.L3
	mv	a5,a1
	mv	a4,t3
	j	.L6
.L16:
	ret
.L10:
	li	a0,0
	ret
.L3:
	bne	a0,zero,.L8
	mv	a4,a0
	j	.L7
	.size	collatz_longest, .-collatz_longest
	.section	.note.GNU-stack,"",@progbits
