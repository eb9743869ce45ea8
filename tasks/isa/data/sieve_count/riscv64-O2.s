	.file	"sieve_count.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	sieve_count
	.type	sieve_count, @function
sieve_count:
	li	a5,2
	ble	a0,a5,.L7
	mv	a6,a1
	addi	sp,sp,-16
	slli	a2,a0,32
	sd	s0,0(sp)
	srli	a2,a2,32
	mv	s0,a0
	li	a1,1
	mv	a0,a6
	sd	ra,8(sp)
	call	memset@plt
	mv	a6,a0
	li	a4,2
	li	a0,0
	j	.L6
.L3:
	addi	a4,a4,1
	sext.w	a5,a4
	ble	s0,a5,.L18
.L6:
	add	a5,a6,a4
	lbu	a5,0(a5)
	beq	a5,zero,.L3
	mul	a5,a4,a4
	addiw	a0,a0,1
	bge	a5,s0,.L3
.L5:
	add	a3,a6,a5
	sb	zero,0(a3)
	add	a5,a5,a4
	blt	a5,s0,.L5
	addi	a4,a4,1
	sext.w	a5,a4
	bgt	s0,a5,.L6
.L18:
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
.L7:
	li	a0,0
	ret
	.size	sieve_count, .-sieve_count
	.section	.note.GNU-stack,"",@progbits
