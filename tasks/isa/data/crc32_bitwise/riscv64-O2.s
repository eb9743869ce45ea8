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
	li	a2,-306675712
	add	a1,a0,a1
	li	a4,-1
	addi	a2,a2,800
.L4:
	lbu	a5,0(a0)
	li	a3,8
	xor	a4,a4,a5
.L3:
	andi	a5,a4,1
	negw	a5,a5
	srliw	a4,a4,1
	and	a5,a5,a2
	xor	a5,a5,a4
	addiw	a3,a3,-1
	sext.w	a4,a5
	bne	a3,zero,.L3
	addi	a0,a0,1
	bne	a0,a1,.L4
	not	a0,a4
	ret
.L5:
	li	a0,0
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.section	.note.GNU-stack,"",@progbits
