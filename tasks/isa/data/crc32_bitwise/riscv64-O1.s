	.file	"crc32_bitwise.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	crc32_bitwise
	.type	crc32_bitwise, @function
crc32_bitwise:
	beq	a1,zero,.L5
	mv	a2,a0
	add	a1,a0,a1
	li	a0,-1
	li	a6,8
	li	a3,-306675712
	addi	a3,a3,800
	j	.L4
.L8:
	addi	a2,a2,1
	beq	a2,a1,.L2
.L4:
	lbu	a5,0(a2)
	xor	a0,a0,a5
	sext.w	a0,a0
	mv	a5,a6
.L3:
	srliw	a4,a0,1
	andi	a0,a0,1
	negw	a0,a0
	and	a0,a0,a3
	xor	a0,a0,a4
	sext.w	a0,a0
	addiw	a5,a5,-1
	bne	a5,zero,.L3
	j	.L8
.L5:
	li	a0,-1
.L2:
	not	a0,a0
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.section	.note.GNU-stack,"",@progbits
